import { type Child, h } from "../dom.ts";
import type { Strings } from "../i18n.ts";

interface PopoverProps {
  readonly badgeText: string;
  readonly badgeClass: string;
  readonly label: string;
  readonly t: Strings;
  readonly children?: Child;
}

let nextId = 0;

/**
 * A badge button that opens a dialog on click, Enter or Space; Esc or a click outside closes it and
 * focus returns to the badge.
 */
export function Popover({ badgeText, badgeClass, label, t, children }: PopoverProps) {
  const id = `fl-pop-${++nextId}`;
  let dialog: HTMLElement | undefined;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") close(true);
  };
  const onPointer = (event: Event) => {
    const host = (wrap.getRootNode() as ShadowRoot).host;
    if (host && !event.composedPath().includes(host)) close(false);
  };
  const listen = (on: boolean) => {
    const method = on ? "addEventListener" : "removeEventListener";
    document[method]("keydown", onKey as EventListener, true);
    document[method]("pointerdown", onPointer, true);
  };
  const close = (restoreFocus: boolean) => {
    if (!dialog) return;
    dialog.remove();
    dialog = undefined;
    button.setAttribute("aria-expanded", "false");
    listen(false);
    if (restoreFocus) button.focus();
  };
  const open = () => {
    dialog = (
      <div id={id} class="pop" role="dialog" aria-label={label} tabindex="-1">
        <button type="button" class="close" aria-label={t.close} onClick={() => close(true)}>
          ×
        </button>
        {children}
      </div>
    ) as HTMLElement;
    wrap.append(dialog);
    button.setAttribute("aria-expanded", "true");
    dialog.focus();
    listen(true);
  };
  const button = (
    <button
      type="button"
      class={`badge ${badgeClass}`}
      aria-label={label}
      aria-expanded="false"
      aria-controls={id}
      aria-haspopup="dialog"
      onClick={() => (dialog ? close(false) : open())}
    >
      {badgeText}
    </button>
  ) as HTMLButtonElement;
  const wrap = (<span class="wrap">{button}</span>) as HTMLElement;
  return wrap;
}
