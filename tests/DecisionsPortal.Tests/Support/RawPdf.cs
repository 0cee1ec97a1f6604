namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A PDF written object by object, for the parts PdfPig's writer does not write (link annotations,
/// notes, form fields, an Info dictionary given as it is): what an office suite or a scanner writes.
/// </summary>
public static class RawPdf
{
    /// <summary>
    /// One empty page (objects 1–3: the catalog with <paramref name="catalog"/> in it, the pages, the
    /// page with <paramref name="page"/> in it), the Info dictionary (object 4), and objects 5 on.
    /// </summary>
    public static byte[] Of(string catalog, string page, string information, params string[] more) =>
        Objects([$"<< /Type /Catalog /Pages 2 0 R {catalog} >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {page} >>", information, .. more], "/Info 4 0 R");

    /// <summary>One page with no words and a link for each action ('/S /URI /URI (…)'), as a Word document saved as PDF keeps its links.</summary>
    public static byte[] WithLinks(params string[] actions) => Objects(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [{string.Join(' ', actions.Select((_, i) => $"{i + 4} 0 R"))}] >>",
        .. actions.Select((action, i) => $"<< /Type /Annot /Subtype /Link /Rect [50 {700 - (30 * i)} 250 {720 - (30 * i)}] /Border [0 0 0] /A << {action} >> >>"),
    ], "");

    /// <summary>One empty page, protected with a password (the trailer's /Encrypt: a standard handler whose password is not empty).</summary>
    public static byte[] Encrypted() => Objects(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <0102030405060708090A0B0C0D0E0F100102030405060708090A0B0C0D0E0F10> /U <1112131415161718191A1B1C1D1E1F201112131415161718191A1B1C1D1E1F20> >>",
    ], "/Encrypt 4 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]");

    private static byte[] Objects(string[] objects, string trailer)
    {
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
