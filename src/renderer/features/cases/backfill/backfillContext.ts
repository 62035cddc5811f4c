import { createContext, useContext } from 'react';

/** True on the page of a case being entered afterwards (补录): its dialogs say so. */
export const BackfillContext = createContext(false);

export function useBackfilling(): boolean {
  return useContext(BackfillContext);
}
