/**
 * Lets a project Server Action (which returns an ActionResult) be a `<form action>`, whose type wants
 * `void`. React ignores the returned value; passing the action itself, not a wrapper, keeps the form
 * working before JavaScript loads.
 */
export function asFormAction(action: (formData: FormData) => Promise<unknown>): (formData: FormData) => Promise<void> {
  return action as (formData: FormData) => Promise<void>;
}
