using System.Text;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A saved e-mail (.eml) as mail clients write one: Outlook's text and HTML alternatives in
/// quoted-printable ISO-8859-1, Thunderbird's text in 8-bit UTF-8 and its attachments in base64 of
/// 72 characters a line (a mail forwarded as an attachment as it is).
/// </summary>
public static class TestMail
{
    private const string OutlookBoundary = "_000_HE1P190MB04321A2B3C4D5E6F7A8B9C0DE0123HE1P190MB0432EURP_";
    private const string ThunderbirdBoundary = "------------R3Tz9m0WbHq6Yb2KQvN1xF8s";

    /// <summary>The mail's bytes as a client saves it: its lines ended by CRLF, its 8-bit text UTF-8.</summary>
    public static byte[] Saved(string mail) => Encoding.UTF8.GetBytes(mail.ReplaceLineEndings("\r\n"));

    /// <summary>Outlook's mail of the text given already quoted-printable ('=E4' for 'ä', '=' at a line's end for none).</summary>
    public static string Outlook(string subject, string quotedPrintable) => $"""
        From: Pekka Hakija <pekka.hakija@example.fi>
        To: Kirjaamo <kirjaamo@esimerkkila.fi>
        Subject: {subject}
        Thread-Topic: {subject}
        Thread-Index: AdtrK3Xk0m3n9d7ZRQ6Hq2x1y4z5Ag==
        Date: Mon, 20 Jan 2025 08:15:00 +0000
        Message-ID: <HE1P190MB04321A2B3C4D5E6F7A8B9C0DE0123@HE1P190MB0432.EURP190.PROD.OUTLOOK.COM>
        Accept-Language: fi-FI, en-US
        Content-Language: fi-FI
        X-MS-Has-Attach:
        X-MS-TNEF-Correlator:
        Content-Type: multipart/alternative;
        	boundary="{OutlookBoundary}"
        MIME-Version: 1.0

        --{OutlookBoundary}
        Content-Type: text/plain; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        Hei,

        {quotedPrintable}

        Yst=E4v=E4llisin terveisin
        Pekka

        --{OutlookBoundary}
        Content-Type: text/html; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        <html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
        =3Diso-8859-1"></head><body><p class=3D"MsoNormal">{quotedPrintable}<o:p></o:p></p>
        </body></html>

        --{OutlookBoundary}--

        """;

    /// <summary>
    /// Thunderbird's mail of the text and files given; a file's name that starts with '*=' is
    /// written as RFC 2231's encoded parameter ('filename*=utf-8''…'), a message/rfc822 file as it is.
    /// </summary>
    public static string Thunderbird(string subject, string text, params (string Name, string Type, byte[] Bytes)[] files)
    {
        var mail = new StringBuilder($"""
            Content-Type: multipart/mixed; boundary="{ThunderbirdBoundary}"
            Message-ID: <5c0a5d1e-8f2b-4c1e-9d7a-2b3c4d5e6f70@example.fi>
            Date: Mon, 20 Jan 2025 10:15:00 +0200
            MIME-Version: 1.0
            User-Agent: Mozilla Thunderbird
            Content-Language: fi
            To: kirjaamo@esimerkkila.fi
            From: Pekka Hakija <pekka.hakija@example.fi>
            Subject: {subject}

            This is a multi-part message in MIME format.
            --{ThunderbirdBoundary}
            Content-Type: text/plain; charset=UTF-8; format=flowed
            Content-Transfer-Encoding: 8bit

            {text}


            """);
        foreach (var (name, type, bytes) in files)
        {
            var (typeName, fileName) = name.StartsWith("*=", StringComparison.Ordinal) ? ("", $"filename{name}") : ($"; name=\"{name}\"", $"filename=\"{name}\"");
            var raw = type == "message/rfc822";
            mail.Append($"--{ThunderbirdBoundary}\nContent-Type: {type}{typeName}\nContent-Disposition: attachment; {fileName}\nContent-Transfer-Encoding: {(raw ? "7bit" : "base64")}\n\n")
                .Append(raw ? Encoding.UTF8.GetString(bytes) : Base64(bytes)).Append('\n');
        }

        return mail.Append($"--{ThunderbirdBoundary}--\n").ToString();
    }

    /// <summary>A file as an old client or a mailing list writes one into a mail's text: 'begin 644 name', uuencoded lines of 45 bytes, 'end'.</summary>
    public static string Uuencoded(string name, byte[] bytes)
    {
        var text = new StringBuilder($"begin 644 {name}\n");
        foreach (var line in bytes.Chunk(45))
        {
            text.Append((char)(32 + line.Length));
            foreach (var group in line.Chunk(3))
            {
                var (a, b, c) = (group[0], group.Length > 1 ? group[1] : 0, group.Length > 2 ? group[2] : 0);
                foreach (var sextet in new[] { a >> 2, ((a & 3) << 4) | (b >> 4), ((b & 15) << 2) | (c >> 6), c & 63 })
                {
                    text.Append(sextet == 0 ? '`' : (char)(32 + sextet));
                }
            }

            text.Append('\n');
        }

        return text.Append("`\nend\n").ToString();
    }

    private static string Base64(byte[] bytes) => string.Join('\n', Convert.ToBase64String(bytes).Chunk(72).Select(c => new string(c)));
}
