/**
 * Shows `element` full screen, or leaves full screen. Resolves to false where the browser has no Fullscreen API for
 * it or refuses (an iPhone, a frame without permission).
 */
export async function toggleFullScreen(element: HTMLElement | null): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (element && document.fullscreenEnabled) await element.requestFullscreen();
    else return false;
    return true;
  } catch {
    return false;
  }
}
