namespace CourseFunctions.Core.Courses;

/// <summary>
/// Turns local course times into instants. Azure Functions on Flex Consumption ignores
/// WEBSITE_TIME_ZONE and TZ, so nothing here depends on the server's zone.
/// </summary>
public sealed class CourseClock
{
    private readonly TimeZoneInfo _zone;

    public CourseClock(string timeZoneId) => _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static bool IsKnownZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    /// <summary>The instant of a local wall-clock time, with the offset in force on that date.</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // A time inside a spring-forward gap does not exist; the clock reads it as the time after the jump.
        if (_zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
