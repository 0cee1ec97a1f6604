namespace DecisionsPortal.Site;

/// <summary>
/// A meeting is one organ on one day; its files in every language and its decisions share this.
/// A class, not a struct: the dictionaries, sets, groupings and sorts keyed by it would each be
/// JIT-compiled at every start over a struct, where over a class the framework's ReadyToRun code
/// of the shared instantiation runs.
/// </summary>
public sealed record MeetingId(string Body, DateOnly Date);
