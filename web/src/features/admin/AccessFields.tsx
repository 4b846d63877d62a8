/** A user's role and areas as form fields, shared by adding a user and changing one. */
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import type { UserRole } from '../../app/session';
import { buildAreaTree } from '../../models/areaTree';
import { tierLabels } from '../../models/vocabulary';

export const roles: UserRole[] = ['COORDINATOR', 'PLANNER', 'COUNCIL_MEMBER', 'ADMIN'];

export interface AreaChoice {
  id: string;
  name: string;
  tier: number;
  parent?: { id: string } | null;
  sortOrder?: number | null;
}

interface Props {
  /** Keeps the radio groups of several forms apart. */
  name: string;
  role: UserRole;
  areaIds: string[];
  areas: AreaChoice[];
  onRole(role: UserRole): void;
  onAreas(areaIds: string[]): void;
}

export function AccessFields({ name, role, areaIds, areas, onRole, onAreas }: Props) {
  const { t, l } = useI18n();
  const toggle = (id: string) => onAreas(areaIds.includes(id) ? areaIds.filter((a) => a !== id) : [...areaIds, id]);
  const chip = (area: AreaChoice) => (
    <button
      key={area.id}
      type="button"
      className="chip"
      aria-pressed={areaIds.includes(area.id)}
      onClick={() => toggle(area.id)}
    >
      {l(tierLabels[area.tier])} {area.name}
    </button>
  );
  return (
    <>
      <fieldset>
        <legend>{t('admin.role')}</legend>
        {roles.map((code) => (
          <label key={code} className="check">
            <input type="radio" name={`${name}-role`} checked={role === code} onChange={() => onRole(code)} />
            <strong>{t(`role.${code}` as MessageKey)}</strong>
            <span className="hint">{t(`admin.roleHelp.${code}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      {role !== 'ADMIN' && (
        <fieldset>
          <legend>{t('admin.areas')}</legend>
          {buildAreaTree(areas).map((top) => (
            <div key={top.area.id} className="area-chips">
              <div className="chips">{chip(top.area as AreaChoice)}</div>
              {/* each 中学校区 with its neighbourhoods, in the municipality's order */}
              {top.children.map((district) => (
                <div
                  key={district.area.id}
                  className="chips area-chips__group"
                  role="group"
                  aria-label={district.area.name}
                  data-testid="area-chip-group"
                >
                  {chip(district.area as AreaChoice)}
                  {district.children.map((neighbourhood) => chip(neighbourhood.area as AreaChoice))}
                </div>
              ))}
            </div>
          ))}
        </fieldset>
      )}
    </>
  );
}
