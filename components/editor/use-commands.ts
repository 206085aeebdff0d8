'use client';

import { useEffect, useRef } from 'react';
import { planCommand, type CommandContext, type CommandStep } from './commands.ts';
import { commandFor } from './shortcuts.ts';

/** What the editor does for each step of a command. */
export type CommandHandlers = { [Step in CommandStep as Step['do']]: (step: Step) => void };

function perform(handlers: CommandHandlers, step: CommandStep): void {
  (handlers[step.do] as (step: CommandStep) => void)(step);
}

/**
 * The editor's keyboard shortcuts (shortcuts.ts), listened for on the whole document; paused while
 * the help dialog is open. Each key press sees the editor as last rendered.
 */
export function useCommands(context: CommandContext, handlers: CommandHandlers, paused: boolean): void {
  const latest = useRef({ context, handlers, paused });
  useEffect(() => {
    latest.current = { context, handlers, paused };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { context, handlers, paused } = latest.current;
      if (paused) return;
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      for (const step of planCommand(command, event.code, context)) perform(handlers, step);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
