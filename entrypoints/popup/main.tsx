import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<main><h1>Candor</h1><p>Candor is watching supported chat sites.</p></main>);
