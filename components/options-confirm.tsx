import type { Translate } from './strings.ts';

export interface ConfirmRequest {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** Asks before something that cannot be undone. A modal bar in the page, not the browser's confirm(). */
export function OptionsConfirm({ request, t, onCancel }: { request: ConfirmRequest | null; t: Translate; onCancel: () => void }) {
  if (!request) return null;
  return (
    <div class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-message" data-testid="confirm-dialog">
      <p id="confirm-message">{request.message}</p>
      <div class="confirm-actions">
        <button type="button" class="danger" data-testid="confirm-yes" onClick={request.onConfirm}>
          {request.confirmLabel}
        </button>
        <button type="button" class="secondary" data-testid="confirm-no" onClick={onCancel} autoFocus>
          {t('optCancel', 'Cancel')}
        </button>
      </div>
    </div>
  );
}
