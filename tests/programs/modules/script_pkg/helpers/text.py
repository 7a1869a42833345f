def title_case(s):
    words = []
    for w in s.split():
        words.append(w[0].upper() + w[1:].lower())
    return " ".join(words)
