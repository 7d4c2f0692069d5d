import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in src/background once the message protocol exists.
});
