/**
 * html-to-image copies every computed property (about 350) of every element into the clone,
 * which made a 500-node analysis a 60 MB SVG that took seconds to build and decode. While a
 * capture runs, `getComputedStyle` for elements under `root` hands it instead a `cssText` of
 * only the properties that differ from the browser's defaults, which html-to-image copies in one
 * go. Elements alike in tag, attributes, inline style, place among siblings and ancestry have the
 * same computed style, so each such kind is worked out once.
 */

/** Properties children inherit: the clone keeps the tree, so a child repeats them only when they differ. */
const INHERITED = new Set([
  "color",
  "cursor",
  "direction",
  "visibility",
  "white-space",
  "word-break",
  "word-spacing",
  "letter-spacing",
  "line-height",
  "overflow-wrap",
  "word-wrap",
  "hyphens",
  "tab-size",
  "text-align",
  "text-align-last",
  "text-indent",
  "text-transform",
  "text-shadow",
  "text-rendering",
  "text-size-adjust",
  "-webkit-text-size-adjust",
  "-webkit-font-smoothing",
  "font-family",
  "font-size",
  "font-style",
  "font-variant",
  "font-variant-ligatures",
  "font-variant-caps",
  "font-variant-numeric",
  "font-variant-east-asian",
  "font-variant-alternates",
  "font-variant-position",
  "font-weight",
  "font-stretch",
  "font-feature-settings",
  "font-kerning",
  "font-optical-sizing",
  "font-palette",
  "font-size-adjust",
  "font-synthesis-weight",
  "font-synthesis-style",
  "font-synthesis-small-caps",
  "font-variation-settings",
  "list-style-type",
  "list-style-position",
  "list-style-image",
  "quotes",
  "orphans",
  "widows",
  "caret-color",
  "border-collapse",
  "border-spacing",
  "empty-cells",
  "pointer-events",
  "writing-mode",
  "text-orientation",
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "paint-order",
  "image-rendering",
  "color-scheme",
  "color-interpolation",
  "color-rendering",
  "shape-rendering",
  "text-anchor",
  "dominant-baseline",
  "marker-start",
  "marker-mid",
  "marker-end",
  "clip-rule",
  "-webkit-text-fill-color",
  "-webkit-text-stroke-color",
  "-webkit-text-stroke-width",
  "-webkit-line-break",
  "line-break",
  "ruby-position",
  "text-emphasis-color",
  "text-emphasis-position",
  "text-emphasis-style",
  "text-underline-position",
  "text-decoration-skip-ink",
  "text-wrap",
  "-webkit-user-select",
  "user-select",
  "print-color-adjust",
  "-webkit-locale",
]);

/** Colours that default to the element's own `color`: only worth writing when they differ from it. */
const CURRENT_COLOR = new Set([
  "border-top-color",
  "border-right-color",
  "border-bottom-color",
  "border-left-color",
  "outline-color",
  "text-decoration-color",
  "column-rule-color",
  "caret-color",
  "rule-color",
  "-webkit-text-fill-color",
  "-webkit-text-stroke-color",
  "text-emphasis-color",
]);

/**
 * Never needed in the clone: custom properties (every value is already resolved), logical
 * properties (their physical twins are written), and the perspective origin (nothing has one).
 */
function redundant(name: string): boolean {
  return (
    name.startsWith("--") ||
    /^(inset-(block|inline)|(min-|max-)?(inline|block)-size|(margin|padding|border|overflow|scroll-margin|scroll-padding|contain-intrinsic)-(block|inline))/.test(
      name,
    ) ||
    name === "perspective-origin"
  );
}

/** Attributes that identify an element but never select its style in our CSS. */
const IDENTITY = new Set([
  "id",
  "data-id",
  "data-node-id",
  "data-testid",
  "aria-label",
  "aria-describedby",
]);

/**
 * What sets elements of one kind apart: where they are (React Flow places nodes and labels with
 * a transform and draws links as paths) and how large their content made them. These are left
 * out of the key and written for each element itself; everything else is shared.
 */
const PLACED = ["transform", "d", "width", "height"] as const;

function ownKey(element: Element): string {
  let key =
    element.namespaceURI === "http://www.w3.org/2000/svg"
      ? `svg:${element.localName}`
      : element.localName;
  for (const attribute of element.attributes) {
    if (IDENTITY.has(attribute.name) || attribute.name === "d") continue;
    const value =
      attribute.name === "style"
        ? attribute.value.replace(/(^|;)\s*transform:[^;]*/g, "$1")
        : attribute.value;
    key += ` ${attribute.name}=${value}`;
  }
  if (!element.previousElementSibling) key += " :first";
  if (!element.nextElementSibling) key += " :last";
  return key;
}

export async function withLeanComputedStyles<T>(root: Element, run: () => Promise<T>): Promise<T> {
  const sandbox = document.createElement("iframe");
  sandbox.setAttribute("aria-hidden", "true");
  sandbox.style.cssText = "position:fixed;left:-10000px;top:0;width:10px;height:10px;border:0";
  document.body.append(sandbox);
  const sandboxDocument = sandbox.contentDocument;
  const sandboxWindow = sandbox.contentWindow;
  if (!sandboxDocument || !sandboxWindow) {
    sandbox.remove();
    return run();
  }
  const svgHost = sandboxDocument.createElementNS("http://www.w3.org/2000/svg", "svg");
  sandboxDocument.body.append(svgHost);
  const defaults = new Map<string, CSSStyleDeclaration>();
  const defaultsFor = (element: Element) => {
    const svg = element.namespaceURI === "http://www.w3.org/2000/svg";
    const name = `${svg ? "svg:" : ""}${element.localName}`;
    let style = defaults.get(name);
    if (!style) {
      const blank = svg
        ? sandboxDocument.createElementNS("http://www.w3.org/2000/svg", element.localName)
        : sandboxDocument.createElement(element.localName);
      (svg ? svgHost : sandboxDocument.body).append(blank);
      style = sandboxWindow.getComputedStyle(blank);
      defaults.set(name, style);
    }
    return style;
  };

  const keys = new Map<Element, string>();
  const keyOf = (element: Element): string => {
    let key = keys.get(element);
    if (key === undefined) {
      const parent = element.parentElement;
      key = `${parent ? keyOf(parent) : ""}>${ownKey(element)}`;
      keys.set(element, key);
    }
    return key;
  };
  const inline = new Map<string, string>();
  const original = window.getComputedStyle;

  const lean = (element: Element, style: CSSStyleDeclaration): string => {
    const base = defaultsFor(element);
    const parent =
      element === root || !element.parentElement
        ? null
        : original.call(window, element.parentElement);
    const color = style.getPropertyValue("color");
    let css = "";
    for (let i = 0; i < style.length; i++) {
      const name = style[i] as string;
      if (redundant(name) || (PLACED as readonly string[]).includes(name)) continue;
      let value = style.getPropertyValue(name);
      if (CURRENT_COLOR.has(name) && value === color) continue;
      if (parent && INHERITED.has(name)) {
        if (value === parent.getPropertyValue(name)) continue;
      } else if (value === base.getPropertyValue(name)) continue;
      // As html-to-image does: a hair smaller, so text never wraps differently in the picture.
      if (name === "font-size" && value.endsWith("px"))
        value = `${Math.floor(Number.parseFloat(value)) - 0.1}px`;
      css += `${name}:${value};`;
    }
    return css;
  };

  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    const style = original.call(window, element, pseudo);
    if (pseudo || !root.contains(element)) return style;
    const key = keyOf(element);
    let cssText = inline.get(key);
    if (cssText === undefined) {
      cssText = lean(element, style);
      inline.set(key, cssText);
    }
    let text = cssText;
    for (const name of PLACED) {
      const value = style.getPropertyValue(name);
      if (value && value !== "none" && value !== "auto") text += `${name}:${value};`;
    }
    return new Proxy(style, {
      get: (target, property) => {
        if (property === "cssText") return text;
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  try {
    return await run();
  } finally {
    window.getComputedStyle = original;
    sandbox.remove();
  }
}
