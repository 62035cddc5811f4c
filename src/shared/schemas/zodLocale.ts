import { z } from 'zod';

// Fallback messages in Chinese for any rule that does not carry its own wording; user-facing fields
// still set their own, clearer message.
z.config(z.locales.zhCN());

export { z };
