import { z } from 'zod';

/** Every setting an admin can change, with its type and the value it has until someone does. */
export const settingsSchema = z.strictObject({
  /** A reviewer may approve text they wrote themselves (small teams with one reviewer). */
  'reviewers.selfApprove': z.boolean(),
  /** Any translator may work on any article, not only the ones assigned to them. */
  'translators.editAnyArticle': z.boolean(),
});
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const settingDefaults: Settings = { 'reviewers.selfApprove': false, 'translators.editAnyArticle': false };

export const settingKeys = Object.keys(settingDefaults) as SettingKey[];

/** A change to some settings; unknown keys are refused. */
export const updateSettingsSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof updateSettingsSchema>;

/** The settings form: a checkbox is sent as "on" when ticked and left out when not. */
export const settingsFormSchema = z
  .strictObject({
    'reviewers.selfApprove': z.literal('on').optional(),
    'translators.editAnyArticle': z.literal('on').optional(),
  })
  .transform((form): Settings => ({
    'reviewers.selfApprove': form['reviewers.selfApprove'] === 'on',
    'translators.editAnyArticle': form['translators.editAnyArticle'] === 'on',
  }));
