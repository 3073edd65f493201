// Who administers what (issue 14): scopes, which role fits which body, what each scope creates.
export * from './admin-scope.js';
export * from './account-binding.js';
