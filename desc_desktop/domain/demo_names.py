"""Fictional names from many cultures for the demo school (any likeness is chance)."""

from __future__ import annotations

# (family surname, girls' forenames, boys' forenames, carer forenames (f), carer forenames (m))
FAMILIES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                      tuple[str, ...]], ...] = (
    (("Hartley", "Clarke", "Whitmore", "Ashdown", "Fenwick", "Smith-Jones"),
     ("Amelia", "Isla", "Freya", "Poppy", "Zoë", "Chloë"),
     ("Oliver", "Harry", "Alfie", "George", "Theo", "Reuben"),
     ("Jane", "Claire", "Rebecca", "Hannah"), ("Paul", "Mark", "Richard", "Stephen")),
    (("Nowak", "Wójcik", "Mazur", "Zieliński"),
     ("Zofia", "Małgorzata", "Agata", "Zuzanna"), ("Łukasz", "Piotr", "Bartłomiej", "Jakub"),
     ("Agnieszka", "Katarzyna", "Beata"), ("Tomasz", "Paweł", "Grzegorz")),
    (("O'Connor", "MacCarthy", "Ó Briain", "Byrne"),
     ("Siobhán", "Niamh", "Aoife", "Saoirse"), ("Seán", "Cillian", "Oisín", "Darragh"),
     ("Mairéad", "Órla", "Bríd"), ("Declan", "Pádraig", "Ciarán")),
    (("Adeyemi", "Okafor", "Adebayo", "Nwosu"),
     ("Chiamaka", "Ifeoma", "Adaeze", "Folake"), ("Tobi", "Chinedu", "Oluwaseun", "Emeka"),
     ("Funmi", "Ngozi", "Yetunde"), ("Kunle", "Obinna", "Babatunde")),
    (("Patel", "Shah", "Chowdhury", "Iyer"),
     ("Priya", "Ananya", "Diya", "Nusrat"), ("Aarav", "Rohan", "Arjun", "Tanvir"),
     ("Kamla", "Meera", "Shirin"), ("Rajesh", "Anil", "Sanjay")),
    (("Khan", "Hussain", "Al-Sayed", "Rahman"),
     ("Ayesha", "Zainab", "Maryam", "Fatimah"), ("Mohammed", "Yusuf", "Ibrahim", "Zayn"),
     ("Samina", "Nadia", "Rukhsana"), ("Imran", "Tariq", "Faisal")),
    (("Müller", "Schröder", "Weiß", "Köhler"),
     ("Lena", "Jördis", "Anneliese", "Mia"), ("Jonas", "Lukas", "Maximilian", "Björn"),
     ("Sabine", "Ute", "Käthe"), ("Jörg", "Andreas", "Dietmar")),
    (("Nguyễn", "Trần", "Phạm"),
     ("Thảo", "Lan", "Ngọc"), ("Minh", "Đức", "Quân"),
     ("Hương", "Mai"), ("Dũng", "Tuấn")),
    (("Yılmaz", "Demir", "Şahin", "Çelik"),
     ("Elif", "Zeynep", "Ayşe"), ("Emre", "Mert", "Barış"),
     ("Gülşen", "Hülya"), ("Şükrü", "Murat")),
    (("García", "Fernández", "Conceição", "Gonçalves"),
     ("Lucía", "Inês", "María José"), ("José", "João", "Mateo"),
     ("Ángela", "Conceição"), ("Andrés", "Joaquim")),
    (("Abdi", "Warsame", "Mohamud"),
     ("Hodan", "Sagal", "Ifrah"), ("Abdirahman", "Liban", "Mahad"),
     ("Faduma", "Amina"), ("Abdullahi", "Hassan")),
    (("Llewellyn", "Pritchard", "ap Rhys"),
     ("Siân", "Carys", "Ffion"), ("Rhys", "Dafydd", "Gethin"),
     ("Angharad", "Eluned"), ("Iwan", "Gareth")),
    (("Papadopoulos", "Georgiou", "Christodoulou"),
     ("Eleni", "Chrysanthi", "Despina"), ("Nikos", "Giorgos", "Stavros"),
     ("Katerina", "Androulla"), ("Kostas", "Yiannis")),
    (("Wang", "Chen", "Lin", "Zhou"),
     ("Xinyi", "Yutong", "Mei"), ("Wei", "Haoran", "Zihan"),
     ("Li Na", "Xiaoling"), ("Jun", "Jianguo")),
    (("Kowalczyk-Brown", "Dubois", "Lefèvre"),
     ("Léa", "Renée", "Maëlle"), ("Benoît", "Hugo", "Noé"),
     ("Hélène", "Cécile"), ("François", "Jérôme")),
    (("Mensah", "Owusu", "Boateng"),
     ("Akosua", "Abena", "Efua"), ("Kwame", "Kofi", "Yaw"),
     ("Ama", "Adwoa"), ("Kwabena", "Kojo")),
)

STREETS = ("Marlowes", "Queensway", "Adeyfield Road", "Leverstock Green Road",
           "Bennetts End Road", "Kings Langley Lane", "Canal Side", "Gadebridge Lane",
           "Warners End Road", "Highfield Crescent", "Chaulden Terrace", "Boxmoor Wharf",
           "Apsley Mews", "Nash Mills Way", "Grovehill Close", "Woodhall Farm Drive")
TOWNS = (("Hemel Hempstead", "HP1"), ("Hemel Hempstead", "HP2"), ("Hemel Hempstead", "HP3"),
         ("Berkhamsted", "HP4"), ("Kings Langley", "WD4"), ("Tring", "HP23"))
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# Familiar forms some pupils go by, so the demo shows preferred names in use.
NICKNAMES = {"Zofia": "Zosia", "Małgorzata": "Gosia", "Oluwaseun": "Seun",
             "Maximilian": "Max", "Abdirahman": "Abdi", "Chrysanthi": "Chrissie",
             "Bartłomiej": "Bartek", "Ananya": "Anu", "Chiamaka": "Ami", "Stavros": "Stav",
             "Anneliese": "Anna", "Giorgos": "George",
             "Darragh": "Daz", "Oisín": "Osh", "Mohammed": "Mo", "Jakub": "Kuba"}
