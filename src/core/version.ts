/** The engine version stored with every analysis; bump it when labels or scores change meaning. */
export const engineVersion = '0.1.0'
