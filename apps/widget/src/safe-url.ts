/** A source URL only if it is http(s): data from the API never becomes a javascript: or data: link. */
export const httpUrl = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);
