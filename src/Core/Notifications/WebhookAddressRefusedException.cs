namespace CourseFunctions.Core.Notifications;

/// <summary>A webhook's host resolved only to addresses it may not reach (<see cref="AddressPolicy"/>).</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
