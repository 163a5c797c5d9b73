import { z } from 'zod';

export const loginBody = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

/** The token of a one-time link sent by email (unlock, email confirmation). */
export const linkTokenBody = z.object({ token: z.string().trim().min(1).max(200) });
