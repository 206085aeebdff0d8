import 'server-only';
import { can } from '@/lib/domain/permissions.ts';
import { NotFoundError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';
import { settingDefaults, settingKeys, settingsSchema, updateSettingsSchema, type Settings, type SettingsPatch } from '@/lib/validation/settings.ts';
import { recordAudit } from './audit.ts';
import { db, type Db } from './db.ts';
import type { Viewer } from './viewer-types.ts';

/**
 * Settings are rows of the key/value `Setting` table holding JSON. A missing row, or one a newer or
 * older version wrote with another type, reads as the default, so the app never fails on a setting.
 */
export async function readSettings(client: Pick<Db, 'setting'> = db): Promise<Settings> {
  const rows = await client.setting.findMany({ where: { key: { in: settingKeys } }, select: { key: true, value: true } });
  const settings: Settings = { ...settingDefaults };
  for (const row of rows) {
    const parsed = settingsSchema.shape[row.key as keyof Settings]?.safeParse(safeJson(row.value));
    if (parsed?.success) settings[row.key as keyof Settings] = parsed.data;
  }
  return settings;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

export async function getSettings(viewer: Viewer): Promise<Settings> {
  if (!can(viewer, 'settings:manage')) throw new NotFoundError();
  return readSettings();
}

/** Changes the given settings; each change is audited with its old and new value. */
export async function updateSettings(viewer: Viewer, patch: SettingsPatch): Promise<Settings> {
  if (!can(viewer, 'settings:manage')) throw new NotFoundError();
  const changes = parseOrThrow(updateSettingsSchema, patch);
  return db.$transaction(async (tx) => {
    const before = await readSettings(tx);
    const changed = settingKeys.filter((key) => changes[key] !== undefined && changes[key] !== before[key]);
    if (changed.length === 0) return before;
    const after: Settings = { ...before };
    for (const key of changed) {
      const value = changes[key]!;
      after[key] = value;
      await tx.setting.upsert({
        where: { key },
        create: { key, value: JSON.stringify(value) },
        update: { value: JSON.stringify(value) },
        select: { key: true },
      });
    }
    await recordAudit(tx, viewer, {
      action: 'settings.update',
      targetType: 'settings',
      detail: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: after[key] }])),
    });
    return after;
  });
}
