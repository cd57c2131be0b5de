package com.quizdeck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Keyboard-only driving for the browser tests: Tab (or Shift+Tab) until a control has the focus, and a check that
 * the focused control shows it (an outline or a focus ring drawn as a box-shadow with a spread).
 */
final class Keyboard {

    /** The focused element, through open shadow roots. */
    private static final String DEEP_ACTIVE = """
            () => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; }""";

    private static final String IS_FOCUSED = """
            el => { let a = document.activeElement; const chain = [];
              while (a) { chain.push(a); a = a.shadowRoot && a.shadowRoot.activeElement; }
              return chain.some(x => x === el || (x !== document.body && el.contains(x))); }""";

    /**
     * Where the focus shows: the focused element, the components around it (a field's input sits in a component
     * whose shadow parts draw the ring) and their shadow parts. A ring is an outline, or a box-shadow with a spread.
     * Returns a description of the element that shows it, or null.
     */
    private static final String FOCUS_INDICATOR = """
            () => {
              let f = document.activeElement; while (f && f.shadowRoot && f.shadowRoot.activeElement) f = f.shadowRoot.activeElement;
              if (!f || f === document.body) return null;
              const candidates = [f];
              let e = f;
              for (let i = 0; i < 3; i++) {
                const up = e.parentElement && e.parentElement.localName.includes('-') ? e.parentElement
                    : (!e.parentElement && e.getRootNode().host) ? e.getRootNode().host : null;
                if (!up) break;
                candidates.push(up); e = up;
              }
              if (f.localName.includes('-')) candidates.push(f);
              const all = [];
              for (const c of candidates) { all.push(c); if (c.shadowRoot) all.push(...c.shadowRoot.querySelectorAll('[part]')); }
              const ring = el => {
                const s = getComputedStyle(el);
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) return 'outline ' + s.outlineWidth;
                if (!s.boxShadow || s.boxShadow === 'none') return null;
                for (const shadow of s.boxShadow.split(/,(?![^(]*\\))/)) {
                  if (/rgba\\([^)]*,\\s*0\\)/.test(shadow)) continue;
                  const px = (shadow.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || []).map(parseFloat);
                  if (px.length >= 4 && px[3] >= 1) return 'box-shadow ' + shadow.trim();
                }
                return null;
              };
              for (const c of all) { const r = ring(c); if (r) return c.localName + (c.getAttribute('part') ? '[' + c.getAttribute('part') + ']' : '') + ': ' + r; }
              return null;
            }""";

    private Keyboard() {
    }

    /** Presses Tab until the target has the focus (at most {@code max} times), then checks that the focus shows. */
    static void tabTo(Page page, Locator target) {
        tabTo(page, target, "Tab", 80);
    }

    static void shiftTabTo(Page page, Locator target) {
        tabTo(page, target, "Shift+Tab", 80);
    }

    static void tabTo(Page page, Locator target, String key, int max) {
        target.first().waitFor();
        for (int i = 0; i < max; i++) {
            if (focused(target.first())) {
                assertFocusVisible(page);
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError("Not reachable with " + key + " in " + max + " presses: " + target
                + " (focus ended on " + describeFocus(page) + ")");
    }

    static boolean focused(Locator target) {
        return Boolean.TRUE.equals(target.evaluate(IS_FOCUSED));
    }

    /** The focused element draws a visible focus indicator. */
    static void assertFocusVisible(Page page) {
        var indicator = page.evaluate(FOCUS_INDICATOR);
        assertThat(indicator).as("a visible focus indicator on " + describeFocus(page)).isNotNull();
    }

    static String describeFocus(Page page) {
        return String.valueOf(page.evaluate("() => { const a = (" + DEEP_ACTIVE + ")(); return a ? a.outerHTML.slice(0, 160) : 'nothing'; }"));
    }
}
