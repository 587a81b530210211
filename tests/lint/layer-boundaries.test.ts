// The layer rules of architecture.md are enforced by lint: these snippets must be refused where they are placed.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Type-aware rules need files that exist in a tsconfig; the boundary rule does not, so they are switched off here.
const eslint = new ESLint({
  overrideConfig: {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

describe('layer boundaries', () => {
  it('core/domain may not do I/O nor reach the service or the database', async () => {
    expect(await boundaryErrors('core/domain/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;")).toHaveLength(1);
    expect(await boundaryErrors('core/domain/probe.ts', "import { api } from '../service/api.ts';\nexport const x = api;")).toHaveLength(1);
    expect(await boundaryErrors('core/domain/probe.ts', "import { pacts } from '../../db/schema/pact.ts';\nexport const x = pacts;")).toHaveLength(1);
  });

  it('only electron/main and electron/preload may import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;";
    expect(await boundaryErrors('core/service/probe.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('electron/cli/probe.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/probe.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('electron/main/probe.ts', code)).toHaveLength(0);
  });

  it('the renderer imports the API contract, never Node, the database or the handlers', async () => {
    expect(await boundaryErrors('renderer/src/probe.ts', "import type { MethodName } from '../../core/service/api.ts';\nexport type X = MethodName;")).toHaveLength(0);
    expect(await boundaryErrors('renderer/src/probe.ts', "import { pactMethods } from '../../core/service/pact/pact-api.ts';\nexport const x = pactMethods;")).toHaveLength(0);
    expect(await boundaryErrors('renderer/src/probe.ts', "import { pactHandlers } from '../../core/service/pact/pact-handlers.ts';\nexport const x = pactHandlers;")).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/probe.ts', "import path from 'node:path';\nexport const x = path;")).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/probe.ts', "import { openDatabase } from '../../db/open-database.ts';\nexport const x = openDatabase;")).toHaveLength(1);
  });

  it('db/ may use the API result types but not service code', async () => {
    expect(await boundaryErrors('db/queries/probe.ts', "import type { PactDetail } from '../../core/service/pact/pact-api.ts';\nexport type X = PactDetail;")).toHaveLength(0);
    expect(await boundaryErrors('db/queries/probe.ts', "import { createService } from '../../core/service/create-service.ts';\nexport const x = createService;")).toHaveLength(1);
  });
});
