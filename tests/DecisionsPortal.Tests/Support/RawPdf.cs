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

    /// <summary>
    /// A page of <paramref name="text"/> and an Info dictionary of <paramref name="title"/>, as PDF 1.5
    /// writers (Word, LibreOffice, Ghostscript) save one: its objects packed in a compressed object
    /// stream (/Type /ObjStm), its cross-reference table a compressed stream too (/Type /XRef), so
    /// that no word of either is in its bytes.
    /// </summary>
    public static byte[] WithObjectStreams(string text, string title)
    {
        string[] packed =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Title ({title}) >>",
        ];
        int[] numbers = [1, 2, 3, 5, 6];
        var bodies = new System.Text.StringBuilder();
        var header = new System.Text.StringBuilder();
        for (var i = 0; i < packed.Length; i++)
        {
            header.Append($"{numbers[i]} {bodies.Length} ");
            bodies.Append(packed[i]).Append('\n');
        }

        var pdf = new MemoryStream();
        void Write(string written) => pdf.Write(System.Text.Encoding.Latin1.GetBytes(written));
        void Stream(string dictionary, byte[] data)
        {
            Write($"<< {dictionary} /Filter /FlateDecode /Length {data.Length} >>\nstream\n");
            pdf.Write(data);
            Write("\nendstream\nendobj\n");
        }

        Write("%PDF-1.5\n%\u00E2\u00E3\u00CF\u00D3\n");
        var contents = pdf.Position;
        Write("4 0 obj\n");
        Stream("", Zlib($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET"));
        var objects = pdf.Position;
        Write("7 0 obj\n");
        Stream($"/Type /ObjStm /N {packed.Length} /First {header.Length}", Zlib(header.ToString() + bodies));

        // Each object's entry: 1 at an offset, 2 in the object stream at its index there.
        var xref = pdf.Position;
        var entries = new MemoryStream();
        void Entry(byte type, long field, int index)
        {
            entries.WriteByte(type);
            entries.Write([(byte)(field >> 24), (byte)(field >> 16), (byte)(field >> 8), (byte)field, (byte)(index >> 8), (byte)index]);
        }

        Entry(0, 0, 65535);
        Entry(2, 7, 0);
        Entry(2, 7, 1);
        Entry(2, 7, 2);
        Entry(1, contents, 0);
        Entry(2, 7, 3);
        Entry(2, 7, 4);
        Entry(1, objects, 0);
        Entry(1, xref, 0);
        Write("8 0 obj\n");
        Stream("/Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Info 6 0 R", Zlib(entries.ToArray()));
        Write($"startxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Zlib(string text) => Zlib(System.Text.Encoding.Latin1.GetBytes(text));

    private static byte[] Zlib(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Optimal))
        {
            zlib.Write(bytes);
        }

        return packed.ToArray();
    }

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
