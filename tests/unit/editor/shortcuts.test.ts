import { describe, expect, it } from 'vitest';
import { commandFor, shortcutCommands, shortcuts } from '@/components/editor/shortcuts.ts';

const key = (overrides: Partial<KeyboardEvent>) => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...overrides });

describe('editor shortcuts', () => {
  it('every command has exactly one listed shortcut', () => {
    expect(shortcuts.map((shortcut) => shortcut.command).sort()).toEqual([...shortcutCommands].sort());
  });

  it('maps keys to commands, by physical key for letters', () => {
    expect(commandFor(key({ key: 'Enter', ctrlKey: true }))).toBe('saveAndNext');
    expect(commandFor(key({ key: 'Enter', metaKey: true }))).toBe('saveAndNext');
    expect(commandFor(key({ key: 'Enter', ctrlKey: true, shiftKey: true }))).toBe('submitAndNext');
    expect(commandFor(key({ key: '˜', code: 'KeyN', altKey: true }))).toBe('nextUntranslated');
    expect(commandFor(key({ key: 'ArrowDown', altKey: true }))).toBe('next');
    expect(commandFor(key({ key: '2', code: 'Digit2', altKey: true }))).toBe('insertMatch');
    expect(commandFor(key({ key: 'F1' }))).toBe('help');
    expect(commandFor(key({ key: 'h', code: 'KeyH', ctrlKey: true }))).toBe('findReplace');
  });

  it('opens find and replace with Ctrl + H only, never ⌘H (which hides the browser on a Mac)', () => {
    expect(commandFor(key({ key: 'h', code: 'KeyH', metaKey: true }))).toBeNull();
    expect(commandFor(key({ key: 'H', code: 'KeyH', ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('leaves ordinary typing alone', () => {
    expect(commandFor(key({ key: 'n', code: 'KeyN' }))).toBeNull();
    expect(commandFor(key({ key: 'Enter', code: 'Enter' }))).toBeNull();
    expect(commandFor(key({ key: 'ArrowDown', code: 'ArrowDown' }))).toBeNull();
    expect(commandFor(key({ key: '4', code: 'Digit4', altKey: true }))).toBeNull();
  });
});
