using System.Globalization;

namespace DecisionsPortal.Bench.Measuring;

/// <summary>The machine a run was measured on, as RESULTS.md states it.</summary>
public sealed record MachineInfo(int Processors, string CpuModel, long MemoryMegabytes, string Os, string DotnetVersion, string? HugoVersion, string LoadAverage)
{
    public static MachineInfo Detect(string? hugoVersion)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        var memory = File.Exists("/proc/meminfo")
            ? long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024
            : 0;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        return new MachineInfo(Environment.ProcessorCount, cpu, memory, System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            Environment.Version.ToString(), hugoVersion, load);
    }
}
