/** The one logger: JSON lines in production, readable lines on a terminal. */
import { pino } from 'pino';

export const logger = pino({
  level: 'info', // main.ts sets the configured level
  transport: process.stdout.isTTY ? { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } : undefined,
});
