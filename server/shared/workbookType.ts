/** The media type of an .xlsx workbook, as the server answers it and the web app sends it. No imports: the web app imports this file too. */
export const workbookType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
