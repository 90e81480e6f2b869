// The Map view's deck, drawn in the page with deck.gl from the JSON pydeck builds in Python.
//
// Why not st.pydeck_chart: it never tells Python where the reader has panned or zoomed, so a
// copied link loses the view. This renderer keeps what the map did (pydeck's layers,
// tooltips as text, a click on a site) and adds: the reader's view reported to Python once
// the map comes to rest (Python writes it to the address); a view Python asks for (a site, a
// region) flown to only when Python asks for a new one; pan and zoom kept inside the shipped
// basemap; zoom buttons; and a wheel that scrolls the page unless the reader holds Ctrl/⌘ or
// has clicked the map; and a button back to the frame of every site.
//
// Bundled by esbuild into static/deck_map/deck_map.js (see package.json): nothing is fetched
// from outside the machine.

import { Deck, FlyToInterpolator, MapView } from "@deck.gl/core";
import { JSONConfiguration, JSONConverter } from "@deck.gl/json";
import * as layers from "@deck.gl/layers";
import { WebMercatorViewport, lngLatToWorld, worldToLngLat } from "@math.gl/web-mercator";

const converter = new JSONConverter({
  configuration: new JSONConfiguration({ classes: { ...layers, MapView } }),
});

const REPORT_DELAY_MS = 400;
const HINT_MS = 1800;
const FLY_MS = 900;
const FIT_PADDING_PX = 24;
const ECHO_MS = 8000;
// Each mounted map, by the element Streamlit mounts it in.
const maps = new WeakMap();

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function clamp(value, low, high) {
  return low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value));
}

// pydeck's tooltip text: "{name}\n{kind}"; values are inserted as text, never as HTML.
function tooltipText(template, object) {
  return template.replace(/\{(\w+)\}/g, (_, name) => (object[name] == null ? "" : String(object[name])));
}

function reported(view) {
  return {
    lat: Number(view.latitude.toFixed(4)),
    lon: Number(view.longitude.toFixed(4)),
    zoom: Number(view.zoom.toFixed(2)),
  };
}

function sameView(a, b) {
  return a && b && a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom;
}

// The nearest view whose whole screen lies inside the basemap box: no edge of the data shows.
function constrained(view, width, height, limits) {
  const [west, south, east, north] = limits.box;
  const [x0, y0] = lngLatToWorld([west, south]);
  const [x1, y1] = lngLatToWorld([east, north]);
  const fits = Math.log2(Math.max(width / (x1 - x0), height / (y1 - y0)));
  const zoom = Math.min(limits.maxZoom, Math.max(view.zoom, limits.minZoom, fits));
  const scale = 2 ** zoom;
  const [x, y] = lngLatToWorld([view.longitude, view.latitude]);
  const halfWidth = width / 2 / scale;
  const halfHeight = height / 2 / scale;
  const [longitude, latitude] = worldToLngLat([
    clamp(x, x0 + halfWidth, x1 - halfWidth),
    clamp(y, y0 + halfHeight, y1 - halfHeight),
  ]);
  return { ...view, longitude, latitude, zoom };
}

function mount(parentElement) {
  const root = element("div", "am-map");
  const canvasHolder = element("div", "am-map-canvas");
  const hint = element("div", "am-map-hint");
  // A <details> box: open by default, folded by a click when it hides part of the map.
  const legend = element("details", "am-map-legend");
  legend.open = true;
  const buttons = element("div", "am-map-buttons");
  const zoomIn = element("button", "am-map-button", "+");
  const zoomOut = element("button", "am-map-button", "−");
  const home = element("button", "am-map-button", "⌂");
  for (const [button, label] of [
    [zoomIn, "Zoom in"],
    [zoomOut, "Zoom out"],
    [home, "Show every site"],
  ]) {
    button.type = "button";
    button.title = label;
    button.setAttribute("aria-label", label);
  }
  buttons.append(zoomIn, zoomOut, home);
  // Read out by screen readers when it appears, as it appears to sighted readers.
  hint.setAttribute("aria-live", "polite");
  root.append(canvasHolder, legend, buttons, hint);
  parentElement.appendChild(root);

  const state = {
    root,
    legend,
    legendKey: null,
    deck: null,
    view: null,
    token: null,
    deckJson: null,
    data: null,
    engaged: false,
    flying: false,
    moved: false,
    lastReported: null,
    // The views reported in the last seconds: the reruns they cause echo them back as cameras.
    recentReports: [],
    hintTimer: 0,
    reportTimer: 0,
    teardownTimer: 0,
    setStateValue: () => {},
    setTriggerValue: () => {},
  };

  const size = () => [canvasHolder.clientWidth || 800, canvasHolder.clientHeight || 600];

  state.cancelReport = () => {
    window.clearTimeout(state.reportTimer);
    state.moved = false;
  };

  state.report = () => {
    window.clearTimeout(state.reportTimer);
    state.reportTimer = window.setTimeout(() => {
      const view = reported(state.view);
      state.moved = false;
      if (sameView(view, state.lastReported)) return;
      state.lastReported = view;
      state.recentReports = [...state.recentReports.filter((r) => Date.now() - r.at < ECHO_MS), { view, at: Date.now() }];
      state.setStateValue("view", view);
    }, REPORT_DELAY_MS);
  };

  state.show = (view, { report }) => {
    const [width, height] = size();
    state.view = constrained(view, width, height, state.data.limits);
    // Where the map looks, readable by tests and by anyone inspecting the page.
    const shown = reported(state.view);
    root.dataset.view = `${shown.lat},${shown.lon},${shown.zoom}`;
    state.deck.setProps({ viewState: state.view });
    showLayers(state);
    if (report) state.report();
  };

  state.deck = new Deck({
    parent: canvasHolder,
    width: "100%",
    height: "100%",
    views: new MapView({ repeat: false }),
    // loaders.gl would fetch its worker scripts from a CDN: parse on the page instead.
    loadOptions: { worker: false },
    controller: { scrollZoom: true, dragRotate: false, touchRotate: false, keyboard: true },
    viewState: { longitude: 0, latitude: 0, zoom: 1 },
    onViewStateChange: ({ viewState, interactionState }) => {
      const flight = Boolean(interactionState && interactionState.inTransition) && state.flying;
      // A click is a drag of no distance: only a real change of view counts as the reader moving.
      if (!flight && !sameView(reported(viewState), reported(state.view))) state.moved = true;
      // Only a view the reader chose, once it comes to rest, goes into the address.
      state.show(viewState, { report: false });
    },
    onInteractionStateChange: (interaction) => {
      const busy = interaction.inTransition || interaction.isDragging || interaction.isPanning || interaction.isZooming;
      if (!busy && state.flying) state.flying = false;
      if (!busy && state.moved) state.report();
    },
    getTooltip: ({ object, layer }) => {
      const tooltip = state.data && state.data.tooltip;
      if (!object || !tooltip || !layer || !layer.props.pickable) return null;
      return { text: tooltipText(tooltip.text, object), style: tooltip.style, className: "am-map-tooltip" };
    },
    onClick: ({ object, layer }) => {
      state.engaged = true;
      if (object && layer && layer.id === state.data.clickLayer && object.id != null) {
        // The clicked site becomes the subject: a pan that ended just before must not
        // arrive afterwards and pull the map away from it.
        state.cancelReport();
        state.setTriggerValue("clicked", String(object.id));
      }
    },
    onAfterRender: () => {
      const loaded = state.deck.props.layers.length > 0 && state.deck.props.layers.every((layer) => layer.isLoaded);
      const drawn = loaded && !state.flying ? "drawn" : "drawing";
      if (root.dataset.state !== drawn) root.dataset.state = drawn;
    },
  });

  // The wheel scrolls the page; it zooms the map with Ctrl/⌘ held or once the reader has clicked it.
  root.addEventListener(
    "wheel",
    (event) => {
      if (event.ctrlKey || event.metaKey || state.engaged) return;
      event.stopPropagation();
      hint.textContent = state.data.hint;
      hint.classList.add("am-visible");
      window.clearTimeout(state.hintTimer);
      state.hintTimer = window.setTimeout(() => hint.classList.remove("am-visible"), HINT_MS);
    },
    { capture: true },
  );
  root.addEventListener("pointerdown", () => {
    state.engaged = true;
  });
  root.addEventListener("pointerleave", () => {
    state.engaged = false;
  });
  const zoomBy = (step) => {
    state.moved = true;
    state.show({ ...state.view, zoom: state.view.zoom + step }, { report: true });
  };
  zoomIn.addEventListener("click", () => zoomBy(1));
  zoomOut.addEventListener("click", () => zoomBy(-1));
  home.addEventListener("click", () => {
    state.moved = true;
    state.show({ ...target(state, state.data.home), pitch: 0, bearing: 0 }, { report: true });
  });
  state.size = size;
  return state;
}

function target(state, camera) {
  if (camera.bounds) {
    const [width, height] = state.size();
    const [west, south, east, north] = camera.bounds;
    const fitted = new WebMercatorViewport({ width, height }).fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: Math.min(FIT_PADDING_PX, width / 4, height / 4) },
    );
    return { longitude: fitted.longitude, latitude: fitted.latitude, zoom: fitted.zoom };
  }
  return { longitude: camera.longitude, latitude: camera.latitude, zoom: camera.zoom };
}

// The legend's entries come from constants in Python; they are written as text, never HTML.
function drawLegend(state, lines) {
  const key = JSON.stringify(lines);
  if (key === state.legendKey) return;
  state.legendKey = key;
  state.legend.replaceChildren(element("summary", null, "Legend"));
  for (const items of lines) {
    const line = element("div");
    for (const [kind, colour, words] of items) {
      const item = element("span", "am-map-legend-item");
      if (kind !== "text") {
        const swatch = element("span", `am-map-swatch am-map-${kind}`);
        if (kind === "ring") swatch.style.borderColor = colour;
        else if (kind === "hatch")
          swatch.style.background = `repeating-linear-gradient(45deg, ${colour} 0 2px, transparent 2px 5px)`;
        else if (kind === "line") Object.assign(swatch.style, { background: colour, height: "0.3em", verticalAlign: "0.15em" });
        else swatch.style.background = colour;
        item.append(swatch);
      }
      item.append(document.createTextNode(words));
      line.append(item);
    }
    state.legend.append(line);
  }
  state.legend.hidden = lines.length === 0;
}

// A layer may name the zoom it appears from (pydeck's `min_zoom`): towns' names only close up.
function showLayers(state) {
  if (!state.layers || !state.view) return;
  const zoom = state.view.zoom;
  const key = state.layers.map((layer) => !layer.props.minZoom || zoom >= layer.props.minZoom).join();
  if (key === state.shownAt) return;
  state.shownAt = key;
  state.deck.setProps({
    layers: state.layers.map((layer) =>
      layer.props.minZoom ? layer.clone({ visible: zoom >= layer.props.minZoom }) : layer,
    ),
  });
}

// The converter reads strings such as "@@=..." as code: the layers' data (names and
// descriptions from the CSV files) is kept out of it and given to the built layers as is.
function layersOf(deckJson) {
  const rows = deckJson.layers.map((layer) => layer.data);
  const settings = { ...deckJson, layers: deckJson.layers.map((layer) => ({ ...layer, data: [] })) };
  return converter.convert(settings).layers.map((layer, i) => layer.clone({ data: rows[i] }));
}

function update(state, data) {
  state.data = data;
  state.root.style.height = data.height;
  state.root.style.background = data.background;
  state.root.setAttribute("role", "region");
  state.root.setAttribute("aria-label", data.alt);
  drawLegend(state, data.legend);
  if (data.deck !== state.deckJson) {
    state.root.dataset.state = "drawing";
    state.layers = layersOf(JSON.parse(data.deck));
    state.shownAt = null;
    state.deckJson = data.deck;
    showLayers(state);
  }
  const camera = data.camera;
  if (camera.token === state.token) return;
  const first = state.token === null;
  state.token = camera.token;
  const wanted = { ...target(state, camera), pitch: 0, bearing: 0 };
  // The address echoing a view this map reported: the reader is already there, or has moved on
  // since (a rerun for an earlier report can arrive after a later move, whose report must stand).
  const echo = state.recentReports.some((r) => Date.now() - r.at < ECHO_MS && sameView(r.view, reported(wanted)));
  if (!first && echo) return;
  // A new subject from Python replaces whatever the reader was about to report.
  state.cancelReport();
  if (first || !camera.fly) {
    state.show(wanted, { report: false });
    return;
  }
  state.flying = true;
  state.root.dataset.state = "drawing";
  const [width, height] = state.size();
  const end = constrained(wanted, width, height, data.limits);
  state.deck.setProps({
    viewState: {
      ...end,
      transitionDuration: FLY_MS,
      transitionInterpolator: new FlyToInterpolator(),
      onTransitionEnd: () => {
        state.flying = false;
        state.view = end;
        const shown = reported(end);
        state.root.dataset.view = `${shown.lat},${shown.lon},${shown.zoom}`;
        state.deck.redraw("flight ended");
      },
    },
  });
  state.view = end;
}

export function render(component) {
  const { data, parentElement, setStateValue, setTriggerValue } = component;
  let state = maps.get(parentElement);
  if (state) {
    window.clearTimeout(state.teardownTimer);
  } else {
    state = mount(parentElement);
    maps.set(parentElement, state);
  }
  state.setStateValue = setStateValue;
  state.setTriggerValue = setTriggerValue;
  update(state, data);
  // Streamlit may call this before the next render of the same map: tear down only if none follows.
  return () => {
    state.teardownTimer = window.setTimeout(() => {
      state.deck.finalize();
      state.root.remove();
      maps.delete(parentElement);
    }, 0);
  };
}
