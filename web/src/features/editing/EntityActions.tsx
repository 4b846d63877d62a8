/** 編集 and 削除 of the node selected on the map, offered where the write policy allows (models/permissions.ts). */
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { EntityKind } from '../../models/entityForms';
import type { NodeData } from '../../models/network';
import { mayEdit, type Rights } from '../../models/permissions';
import { entityKinds } from '../../models/vocabulary';
import { DeleteDialog } from './DeleteDialog';
import { EntityDialog } from './EntityDialog';
import './editing.css';

interface Props {
  node: NodeData;
  rights: Rights;
  /** After a save or a delete: the map and its findings are fetched again. */
  onChanged(): void;
}

export function EntityActions({ node, rights, onChanged }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  if (!entityKinds.includes(node.kind) || !mayEdit(rights, node)) return null;
  const target = { kind: node.kind as EntityKind, id: node.id, name: node.label };
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setEditing(true)}>
        {t('edit.edit')}
      </button>
      <button type="button" className="button button--small button--danger-text" onClick={() => setDeleting(true)}>
        {t('edit.delete')}
      </button>
      <EntityDialog
        target={editing ? target : undefined}
        rights={rights}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          onChanged();
        }}
      />
      <DeleteDialog
        target={deleting ? target : undefined}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          onChanged();
        }}
      />
    </>
  );
}
