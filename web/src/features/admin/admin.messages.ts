/** Sentences of this feature as [Japanese, English]. */
import type { Messages } from '../../app/messages';

export const adminMessages = {
} as const satisfies Messages;
