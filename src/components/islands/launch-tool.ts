/**
 * The small loader a tool page ships before anyone asks for the tool (the compare and move tools):
 * the tool's code (React, D3, its island) is fetched when the reader shows intent — focus, pointer or
 * touch on the launch button — and mounted on click, or at once when the address already names
 * what to show (the page is then about it). A failed load says so and offers the button again.
 * The shell's markup: a `[data-<name>-tool]` section with data-index-url and data-role-url, holding
 * `[data-<name>-root]`, `[data-<name>-launch]` and `[data-<name>-loading]`.
 */
interface ToolIsland {
  mount(root: HTMLElement, options: { indexUrl: string; roleUrl: string; focus: boolean }): void;
}

export function launchTool(options: {
  /** The shell's data-attribute name: "compare" for [data-compare-tool] and its parts. */
  name: string;
  load: () => Promise<ToolIsland>;
  /** Whether the address already asks for the tool. */
  startsAtOnce: (params: URLSearchParams) => boolean;
  /** What the loading line says when the tool's code could not load. */
  failure: string;
}): void {
  const { name } = options;
  const tool = document.querySelector<HTMLElement>(`[data-${name}-tool]`);
  const root = tool?.querySelector<HTMLElement>(`[data-${name}-root]`);
  const launch = tool?.querySelector<HTMLButtonElement>(`[data-${name}-launch]`);
  const loading = tool?.querySelector<HTMLElement>(`[data-${name}-loading]`);
  if (!tool || !root || !launch || !loading) return;
  let island: Promise<ToolIsland> | undefined;
  const load = () => (island ??= options.load());
  let started = false;
  const start = async (focus: boolean) => {
    if (started) return;
    started = true;
    launch.hidden = true;
    loading.hidden = false;
    try {
      const { mount } = await load();
      loading.hidden = true;
      mount(root, { indexUrl: tool.dataset.indexUrl!, roleUrl: tool.dataset.roleUrl!, focus });
    } catch {
      started = false;
      island = undefined;
      loading.textContent = options.failure;
      launch.hidden = false;
    }
  };
  if (options.startsAtOnce(new URLSearchParams(location.search))) {
    void start(false);
    return;
  }
  for (const intent of ['focus', 'pointerenter', 'touchstart'] as const) {
    launch.addEventListener(intent, () => void load().catch(() => undefined), { once: true, passive: true });
  }
  launch.addEventListener('click', () => void start(true));
}
