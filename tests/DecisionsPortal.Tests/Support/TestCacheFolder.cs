namespace DecisionsPortal.Tests.Support;

/// <summary>
/// The runs of the tests (and the tools they start) keep their files in a cache folder of this
/// test process, not the user's: what a test's build finds there must not depend on earlier runs,
/// and a test must not sweep the developer's own cache.
/// </summary>
public static class TestCacheFolder
{
    /// <summary>Called once at the test process's start (<see cref="TestTemp"/>), after the temporary folder is chosen.</summary>
    internal static void UseOwn()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dp-tests-cache-{Environment.ProcessId}");
        Environment.SetEnvironmentVariable("DECISIONSPORTAL_CACHE", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        };
    }
}
