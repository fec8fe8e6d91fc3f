/** The six roles of the platform's tokens. */
export const ROLE = Object.freeze({
  COUNTY_ADMIN: 'COUNTY_ADMIN',
  TOWNSHIP_CLERK: 'TOWNSHIP_CLERK',
  HANDLING_UNIT: 'HANDLING_UNIT',
  DEPUTY: 'DEPUTY',
  ANALYST: 'ANALYST',
  OPERATOR: 'OPERATOR'
});

export const ALL_ROLES = Object.values(ROLE);

/** Where each role lands after logging in. */
export function homeOf(role) {
  switch (role) {
    case ROLE.OPERATOR: return { name: 'operations' };
    case ROLE.HANDLING_UNIT:
    case ROLE.DEPUTY: return { name: 'home' };
    default: return { name: 'dashboard' };
  }
}
