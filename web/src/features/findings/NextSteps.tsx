/**
 * The next steps of an isolated person's finding: the watcher, hub and agency suggestions made for them (the
 * missing links about them), each with whom it proposes and, where the viewer may write, a way to record it.
 */
import { useI18n } from '../../app/i18n';
import type { FindingItem } from '../../models/findings';
import type { NodeData } from '../../models/network';
import { mayAccept, type Rights } from '../../models/permissions';
import { fieldLabels, findingKindLabels, labelOf } from '../../models/vocabulary';

interface Props {
  steps: readonly FindingItem[];
  /** What to call an id: the map's label, else the name the finding came with. */
  name(id: string): string;
  nodeById: ReadonlyMap<string, NodeData>;
  rights: Rights;
  onAccept(item: FindingItem): void;
}

export function NextSteps({ steps, name, nodeById, rights, onAccept }: Props) {
  const { t, l, lang, list, aside } = useI18n();
  return (
    <div className="finding__steps" data-testid="next-steps">
      <strong>{t('findings.nextSteps')}</strong>
      <ul>
        {steps.map((step) => (
          <li key={step.key} data-step-kind={step.kind}>
            <span className={`finding__kind finding__kind--${step.kind.toLowerCase()}`}>
              {l(findingKindLabels[step.kind])}
              {step.field && aside(labelOf(fieldLabels, step.field, lang))}
            </span>{' '}
            {step.suggestedIds.length > 0 ? list(step.suggestedIds.map(name)) : t('findings.noSuggestion')}
            {mayAccept(rights, step, nodeById) && (
              <button type="button" className="button button--small" onClick={() => onAccept(step)}>
                {t('findings.accept')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
