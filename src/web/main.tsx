/**
 * The web app's entry. /auth/silent is the hidden iframe of an OpenID Connect token renewal: it
 * hands the provider's answer to the parent window and renders nothing.
 */
import '@uswds/uswds/css/uswds.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAppConfig } from './auth/app-config.js';
import { App } from './App.js';

async function silentRenewCallback(): Promise<void> {
  const { auth } = await loadAppConfig();
  if (auth.mode === 'oidc') await (await import('./auth/oidc.js')).completeSilentRenew(auth);
}

if (window.location.pathname === '/auth/silent') {
  void silentRenewCallback();
} else {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
