namespace Kronika.Core.Input;

/// <summary>Input that cannot be read as text. The message is one line meant for the user.</summary>
public sealed class InputException(string message) : Exception(message);
