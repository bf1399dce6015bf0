import { Component, type ComponentChildren, createRef, h } from "preact";
import type { Strings } from "../i18n.ts";

interface PopoverProps {
  readonly badgeText: string;
  readonly badgeClass: string;
  readonly label: string;
  readonly t: Strings;
  readonly children: ComponentChildren;
}

let nextId = 0;

/**
 * A badge button that opens a dialog on click, Enter or Space; Esc or a click outside closes it and
 * focus returns to the badge. A class, not hooks: one less module in a script that must stay small.
 */
export class Popover extends Component<PopoverProps, { open: boolean }> {
  override state = { open: false };
  private readonly badge = createRef<HTMLButtonElement>();
  private readonly dialog = createRef<HTMLDivElement>();
  private readonly id = `fl-pop-${++nextId}`;

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") this.close(true);
  };

  private readonly onPointer = (event: Event) => {
    const host = (this.badge.current?.getRootNode() as ShadowRoot | undefined)?.host;
    if (host && !event.composedPath().includes(host)) this.close(false);
  };

  private close(restoreFocus: boolean): void {
    this.setState({ open: false });
    if (restoreFocus) this.badge.current?.focus();
  }

  override componentDidUpdate(_: PopoverProps, previous: { open: boolean }): void {
    if (this.state.open === previous.open) return;
    if (this.state.open) {
      this.dialog.current?.focus();
      document.addEventListener("keydown", this.onKey, true);
      document.addEventListener("pointerdown", this.onPointer, true);
    } else this.componentWillUnmount();
  }

  override componentWillUnmount(): void {
    document.removeEventListener("keydown", this.onKey, true);
    document.removeEventListener("pointerdown", this.onPointer, true);
  }

  render({ badgeText, badgeClass, label, t, children }: PopoverProps, { open }: { open: boolean }) {
    return (
      <span class="wrap">
        <button
          ref={this.badge}
          type="button"
          class={`badge ${badgeClass}`}
          aria-label={label}
          aria-expanded={open}
          aria-controls={this.id}
          aria-haspopup="dialog"
          onClick={() => this.setState({ open: !open })}
        >
          {badgeText}
        </button>
        {open ? (
          <div ref={this.dialog} id={this.id} class="pop" role="dialog" aria-label={label} tabIndex={-1}>
            <button type="button" class="close" aria-label={t.close} onClick={() => this.close(true)}>
              ×
            </button>
            {children}
          </div>
        ) : null}
      </span>
    );
  }
}
