// One stylesheet shared by every shadow root through adoptedStyleSheets: no <style> element and no
// style attribute, so it renders under a CSP of style-src 'self'.
// light-dark() follows the reader's preference; data-theme on the script pins one.
const CSS = `:host{all:initial;font:inherit;color:inherit;color-scheme:light dark;--fl-ok:light-dark(#0a7d3b,#6fd394);--fl-bad:light-dark(#b3261e,#ff8a80);--fl-warn:light-dark(#8a5a00,#f2c14e);--fl-bg:light-dark(#fff,#1f2124);--fl-fg:light-dark(#1b1b1b,#e8eaed);--fl-muted:light-dark(#5f6368,#aeb4ba);--fl-line:light-dark(#d0d4d9,#3c4043);--fl-focus:light-dark(#1a73e8,#8ab4f8)}:host([data-theme=light]){color-scheme:light}:host([data-theme=dark]){color-scheme:dark}.wrap{position:relative;display:inline-block}.badge{all:unset;display:inline-block;min-width:1.35em;margin-inline-start:.2em;border-radius:.7em;font:600 .72em/1.35 system-ui,sans-serif;text-align:center;vertical-align:.15em;cursor:pointer;color:#fff;background:var(--fl-ok)}.badge.bad{background:var(--fl-bad)}.badge.warn{background:var(--fl-warn)}.badge.none{background:var(--fl-muted)}.pop,.card{display:block;box-sizing:border-box;padding:.8rem 1rem;border:1px solid var(--fl-line);border-radius:.6rem;background:var(--fl-bg);color:var(--fl-fg);font:400 .9rem/1.45 system-ui,sans-serif;text-align:start;white-space:normal}.pop{position:absolute;z-index:2147483000;top:calc(100% + .4em);left:0;width:min(22rem,80vw);box-shadow:0 6px 24px #0003}.value{font-size:1.35rem;font-weight:700;line-height:1.2}.label,.period,blockquote{color:var(--fl-muted)}.status,blockquote{margin:.45rem 0;font-size:.82rem}.status.verified{color:var(--fl-ok)}.status.mismatch{color:var(--fl-bad)}blockquote{padding-left:.6rem;border-left:3px solid var(--fl-line)}a{color:var(--fl-focus)}:focus-visible{outline:2px solid var(--fl-focus);outline-offset:2px}.close{all:unset;position:absolute;top:.3rem;right:.5rem;cursor:pointer;font-size:1.1rem;color:var(--fl-muted)}.card{min-height:13rem;margin:0}.card .value{font-size:1.6rem}.change{font-weight:600}.newer{color:var(--fl-warn)}.spark{display:block;width:100%;height:2rem;margin:.4rem 0}polyline{fill:none;stroke:var(--fl-focus);stroke-width:1.5;vector-effect:non-scaling-stroke}`;

let sheet: CSSStyleSheet | undefined;

export function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
