using System.Diagnostics;
using DecisionsPortal.Import;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// The Finnish spell checker for the import tests: Debian's libvoikko1 and voikko-fi, installed
/// with apt-get when missing and we may (root on Debian, as on CI and a fresh machine). The tests
/// never skip: without it they fail saying how to install it.
/// </summary>
public static class Voikko
{
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static VoikkoSpeller Open()
    {
        _ = Installed.Value;
        return VoikkoSpeller.TryOpen(out var reason)
            ?? throw new InvalidOperationException($"{reason}; the import tests need it: sudo apt-get install libvoikko1 voikko-fi");
    }

    private static bool Install()
    {
        using (var speller = VoikkoSpeller.TryOpen(out _))
        {
            if (speller is not null)
            {
                return true;
            }
        }

        if (File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            if (!Run("apt-get", "install -y -qq --no-install-recommends libvoikko1 voikko-fi"))
            {
                Run("apt-get", "update -qq");
                Run("apt-get", "install -y -qq --no-install-recommends libvoikko1 voikko-fi");
            }
        }

        return true;
    }

    private static bool Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
