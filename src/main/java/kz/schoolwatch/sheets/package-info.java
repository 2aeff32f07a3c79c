// SPDX-License-Identifier: Apache-2.0
/**
 * Spreadsheet files as the unit keeps them (.xlsx, .csv): read into plain rows of cells and written back (the
 * import's templates and its file of rows in error). No database, no JavaFX: the services and the command line use
 * it alike.
 */
package kz.schoolwatch.sheets;
