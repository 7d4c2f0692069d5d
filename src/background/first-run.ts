/**
 * The first-run page opens once, when Candor is installed: not on updates (people who
 * already use Candor know it) and not when the browser itself updates.
 */
export const WELCOME_PAGE = '/welcome.html' as const;

export function shouldOpenWelcome(details: { reason: string }): boolean {
  return details.reason === 'install';
}
