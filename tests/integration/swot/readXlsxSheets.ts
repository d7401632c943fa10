/** Every worksheet of an XLSX file as rows of cell values, by sheet name (for checking exports). */
export async function readXlsxSheets(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => v ?? ''));
    });
    out[sheet.name] = rows;
  });
  return out;
}
