/** "Internet users" → "internet users" inside an English sentence; acronyms ("IPv6", "5G") stay. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}
