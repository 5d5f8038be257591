/** The part of a pasted share link after its "#", or the whole text when it has none. */
export const fragmentOf = (text: string) => (text.includes('#') ? text.slice(text.indexOf('#') + 1) : text).trim();
