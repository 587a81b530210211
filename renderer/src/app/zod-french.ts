// zod's generic messages in French, as on the host (our schemas carry their own French messages).
import { z } from 'zod';
import fr from 'zod/v4/locales/fr.js';

z.config(fr());
