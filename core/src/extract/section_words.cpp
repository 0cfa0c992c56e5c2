#include "extract/section_words.h"

#include <array>

namespace pith::extract {
namespace {

template <std::size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  for (auto w : list) {
    if (w == s) return true;
  }
  return false;
}

// Readers' threads.
constexpr std::array<std::string_view, 5> kCommentsDe = {"kommentare", "kommentar schreiben", "kommentieren",
                                                         "leserkommentare", "diskussion"};
constexpr std::array<std::string_view, 4> kCommentsFr = {"commentaires", "laisser un commentaire",
                                                         "ajouter un commentaire", "réagir"};
constexpr std::array<std::string_view, 4> kCommentsEs = {"comentarios", "deja un comentario", "deja tu comentario",
                                                         "dejar un comentario"};
constexpr std::array<std::string_view, 3> kCommentsPt = {"comentários", "deixe um comentário", "deixe seu comentário"};
constexpr std::array<std::string_view, 4> kCommentsRu = {"Комментарии", "комментарии", "Оставить комментарий",
                                                         "Добавить комментарий"};

// Lists of other stories.
constexpr std::array<std::string_view, 6> kRelatedDe = {"lesen sie auch", "mehr zum thema", "weitere artikel",
                                                        "das könnte sie auch interessieren", "ähnliche artikel",
                                                        "meistgelesen"};
constexpr std::array<std::string_view, 6> kRelatedFr = {"lire aussi", "à lire aussi", "sur le même sujet",
                                                        "articles similaires", "vous aimerez aussi", "à voir aussi"};
constexpr std::array<std::string_view, 6> kRelatedEs = {"te puede interesar", "noticias relacionadas",
                                                        "artículos relacionados", "también te puede interesar",
                                                        "lo más leído", "más noticias"};
constexpr std::array<std::string_view, 6> kRelatedPt = {"artigos relacionados", "notícias relacionadas", "leia também",
                                                        "veja também", "você pode gostar", "mais lidas"};
constexpr std::array<std::string_view, 6> kRelatedRu = {"вам также может быть интересно", "Вам также может быть интересно",
                                                        "читайте также", "Читайте также", "похожие статьи", "Похожие статьи"};

}  // namespace

bool foreign_comments_heading(std::string_view h) {
  return one_of(h, kCommentsDe) || one_of(h, kCommentsFr) || one_of(h, kCommentsEs) || one_of(h, kCommentsPt) ||
         one_of(h, kCommentsRu);
}

bool foreign_related_heading(std::string_view h) {
  return one_of(h, kRelatedDe) || one_of(h, kRelatedFr) || one_of(h, kRelatedEs) || one_of(h, kRelatedPt) ||
         one_of(h, kRelatedRu);
}

}  // namespace pith::extract
