using System.Diagnostics;
using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// The dictionaries the search indexes base forms with: libvoikko + voikko-fi (through
/// <see cref="Voikko"/>, which installs them) and Hunspell's Swedish dictionary (hunspell-sv),
/// installed with apt-get when missing and we may. The tests never skip: without them they fail
/// saying how to install them.
/// </summary>
public static class BaseFormDictionaries
{
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    // Every build a test makes indexes base forms when the dictionaries are there, so they are
    // installed before the first test runs, not by whichever search test happens to come first:
    // otherwise the output of the tests before it would depend on the order of the tests.
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void InstallBeforeAnyTest() => _ = Installed.Value;

    // Asked once a run: each check loads Hunspell's Swedish dictionary (tens of milliseconds), and
    // the answer cannot change while the tests run. A failure is kept and thrown to every caller.
    private static readonly Lazy<bool> Checked = new(Check, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Require() => _ = Checked.Value;

    private static bool Check()
    {
        _ = Installed.Value;
        using var swedish = HunspellBaseForms.TryOpen("/usr/share/hunspell/sv_SE", "hunspell-sv", out var reason)
            ?? throw new InvalidOperationException($"{reason}; the search tests need it: sudo apt-get install libhunspell-1.7-0 hunspell-sv");

        // Opening loads the dictionary only when a word is asked about.
        if (!swedish.Analyse("staden").Known)
        {
            throw new InvalidOperationException("Hunspell's Swedish dictionary does not know 'staden'; the search tests need hunspell-sv");
        }

        return true;
    }

    public static VoikkoBaseForms Finnish()
    {
        Require();
        return VoikkoBaseForms.TryOpen(out var reason) ?? throw new InvalidOperationException(reason);
    }

    public static HunspellBaseForms Swedish()
    {
        Require();
        return HunspellBaseForms.TryOpen("/usr/share/hunspell/sv_SE", "hunspell-sv", out var reason) ?? throw new InvalidOperationException(reason);
    }

    private static bool Install()
    {
        Voikko.Open().Dispose();
        using (var swedish = HunspellBaseForms.TryOpen("/usr/share/hunspell/sv_SE", "hunspell-sv", out _))
        {
            if (swedish is not null)
            {
                return true;
            }
        }

        if (File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            var start = new ProcessStartInfo("apt-get", "install -y -qq --no-install-recommends libhunspell-1.7-0 hunspell-sv") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            _ = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }

        return true;
    }
}
