namespace DecisionsPortal.Pipeline;

/// <summary>How long one stage of a run took, for <c>build --timings</c>.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
