/** Sentences of this feature as [Japanese, English]. */
import type { Messages } from '../../app/messages';

export const reportMessages = {
} as const satisfies Messages;
